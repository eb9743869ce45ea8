	.file	"is_palindrome.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	is_palindrome
	.type	is_palindrome, @function
is_palindrome:
	addi	sp,sp,-16
	sd	s0,0(sp)
	sd	ra,8(sp)
	mv	s0,a0
	call	strlen@plt
	beq	a0,zero,.L15
	li	a3,0
	li	a2,25
	li	a6,9
.L10:
	add	a5,s0,a3
	lbu	a4,0(a5)
	addiw	a5,a4,-97
	andi	a5,a5,0xff
	bleu	a5,a2,.L3
	addiw	a5,a4,-65
	andi	a5,a5,0xff
	bgtu	a5,a2,.L4
	addi	a0,a0,-1
	add	a5,s0,a0
	lbu	a5,0(a5)
	addiw	a1,a5,-97
	andi	a1,a1,0xff
	bleu	a1,a2,.L29
	addiw	a1,a5,-65
	addiw	a4,a4,32
	andi	a1,a1,0xff
	andi	a4,a4,0xff
	bgtu	a1,a2,.L30
.L11:
	addiw	a5,a5,32
	andi	a5,a5,0xff
.L6:
	bne	a5,a4,.L19
.L25:
	addi	a3,a3,1
.L9:
	bltu	a3,a0,.L10
.L15:
	ld	ra,8(sp)
	ld	s0,0(sp)
	li	a0,1
	addi	sp,sp,16
	jr	ra
.L3:
	addi	a0,a0,-1
	add	a5,s0,a0
	lbu	a5,0(a5)
	addiw	a1,a5,-97
	andi	a1,a1,0xff
	bleu	a1,a2,.L6
.L7:
	addiw	a1,a5,-65
	andi	a1,a1,0xff
	bleu	a1,a2,.L11
	addiw	a1,a5,-48
	andi	a1,a1,0xff
	bgtu	a1,a6,.L9
	addiw	a1,a4,-65
	andi	a1,a1,0xff
	bgtu	a1,a2,.L6
.L19:
	li	a0,0
.L31:
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L4:
	addiw	a5,a4,-48
	andi	a5,a5,0xff
	bgtu	a5,a6,.L25
	addi	a0,a0,-1
	add	a5,s0,a0
	lbu	a5,0(a5)
	addiw	a1,a5,-97
	andi	a1,a1,0xff
	bgtu	a1,a2,.L7
	li	a0,0
	j	.L31
.L29:
	addiw	a4,a4,32
	andi	a4,a4,0xff
	beq	a5,a4,.L25
	j	.L19
.L30:
	addiw	a5,a5,-48
	andi	a5,a5,0xff
	li	a4,9
	bleu	a5,a4,.L19
	bltu	a3,a0,.L10
	j	.L15
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
